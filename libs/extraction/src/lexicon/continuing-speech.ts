/** Speech verbs that open a sentence continuing the previous speaker («وأضاف», «مشيرا»): no reset to the outlet's voice. */
export const CONTINUING_SPEECH = /^و?(?:اضاف|تابع|اشار|لفت|اوضح|شدد|اكد|ختم|استطرد|مضيفا|مشيرا|تابعت|اضافت|اشارت|اوضحت|شددت|اكدت)/;

/**
 * Openings that turn to another front or matter («وفي الضفة الغربية،», «وفي محافظة ديالى،», «من جهة أخرى،», «على صعيد
 * آخر»): what follows is a new item, told in the outlet's voice unless it names its own source.
 */
export const TOPIC_SHIFT_OPENING = /^و?في$/;
/** How far the place or matter of a «وفي …،» opening may run before its comma. */
export const TOPIC_SHIFT_REACH = 6;
export const TOPIC_SHIFT_PHRASES: readonly string[] = ['من جهه اخري', 'علي صعيد اخر', 'في سياق اخر', 'في سياق منفصل', 'في تطور اخر'];
