/** «دعوة»: a call is a request only when its object comes soon after. */
export const INVITATION: readonly string[] = ['دعوه'];
