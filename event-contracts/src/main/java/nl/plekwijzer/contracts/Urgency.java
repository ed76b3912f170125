package nl.plekwijzer.contracts;

public enum Urgency {
    CRISIS, URGENT, REGULAR
}
