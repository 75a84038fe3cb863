/** Words before an actor that make it the one asked, not the one asking («طلب من موسكو», «إلى», «لدى»). */
export const ADDRESSEE_BEFORE: readonly string[] = ['من', 'الي', 'لدي'];
