package nl.plekwijzer.contracts;

/** The providers' traffic light: open, limited or on request, closed. */
public enum Light {
    GREEN, ORANGE, RED
}
