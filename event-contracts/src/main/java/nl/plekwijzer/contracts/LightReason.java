package nl.plekwijzer.contracts;

/**
 * Why a unit is ORANGE or RED (domain rule 1: the reason must be recordable). OTHER needs a text;
 * any code may come with one.
 */
public enum LightReason {
    /** A place only after consultation with the provider (in overleg). */
    AFTER_CONSULTATION,
    /** Not enough staff to take a new youth. */
    STAFFING,
    /** The group as it is now cannot take another youth. */
    GROUP_COMPOSITION,
    /** Building work or maintenance. */
    RENOVATION,
    OTHER
}
