package nl.plekwijzer.contracts;

/** Where a youth should go after the stay, named at intake as part of the perspective (domain rule 15). */
public enum IntendedDestination {
    HOME, FOSTER_FAMILY, INDEPENDENT, OTHER
}
