/** Words for rockets, missiles, shells and artillery: a report that has any makes a bare «هجوم» a shelling. */
export const STANDOFF_WEAPON = /صاروخ|صواريخ|قذائف|قذيفه|مدفعي|راجمات|هاون/;
