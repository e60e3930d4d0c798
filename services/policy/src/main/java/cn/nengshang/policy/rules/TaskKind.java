package cn.nengshang.policy.rules;

/** How a task's target is read over the term (DOMAIN §4). */
public enum TaskKind {
    /** A count over the whole term, expected pro rata by term-month: ⌊target × m / M⌋. */
    TERM_COUNT,
    /** A monthly minimum, judged over the months of each calendar quarter. */
    PER_MONTH,
    /** One qualifying day per week whose Monday falls in the period, less exempt weeks. */
    PER_WEEK,
    /** A count per term-year, expected pro rata by month of that year. */
    PER_YEAR,
    /** Mentees to register by a term-month and keep through the term, possibly with an improvement at the end. */
    REGISTER,
    /** An outcome judged at term end; before it, the current standing is shown. */
    OUTCOME
}
