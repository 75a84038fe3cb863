/** Speech verbs that open a sentence continuing the previous speaker («وأضاف», «مشيرا»): no reset to the outlet's voice. */
export const CONTINUING_SPEECH = /^و?(?:اضاف|تابع|اشار|لفت|اوضح|شدد|اكد|ختم|استطرد|مضيفا|مشيرا|تابعت|اضافت|اشارت|اوضحت|شددت|اكدت)/;
