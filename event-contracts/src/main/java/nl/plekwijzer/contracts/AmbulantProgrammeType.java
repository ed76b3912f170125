package nl.plekwijzer.contracts;

/**
 * Ambulant (home-based) programmes that can stand in for a stay (domain rule 5: ambulant
 * alternatives before a bed where the need allows). An answer lists them in this order: family
 * programmes first, intensive treatment at home (the step before an admission) last.
 */
public enum AmbulantProgrammeType {
    /** Intensieve Ambulante Gezinsbehandeling. */
    IAG,
    /** Intensieve Orthopedagogische Gezinsbehandeling. */
    IOG,
    /** Forensische Ambulante Systeemtherapie. */
    FAST,
    /** Multidimensional Family Therapy. */
    MDFT,
    /** Multisystem Therapy. */
    MST,
    /** Flexible Assertive Community Treatment. */
    FACT,
    /** Intensive Home Treatment: crisis-level treatment at home instead of an admission. */
    IHT,
    /** Any other ambulant programme; its name says which. */
    OTHER
}
