package nl.plekwijzer.contracts;

/** Who referred a youth: a neighbourhood team, a certified institution, a GP, a court, or another. */
public enum ReferrerType {
    WIJKTEAM, GI, HUISARTS, RECHTER, OTHER
}
