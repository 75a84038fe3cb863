/** «دعوة»: a call is a request only when its object comes soon after. */
export const INVITATION: readonly string[] = ['دعوه'];

/** «استنجدت الحكومة بروسيا»: verbs that are themselves a plea for help, with no object word after them. */
export const PLEA_FOR_HELP: readonly string[] = ['استنجد', 'استنجدت', 'يستنجد', 'تستنجد'];
