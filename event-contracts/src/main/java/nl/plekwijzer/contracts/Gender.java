package nl.plekwijzer.contracts;

public enum Gender {
    F, M, X
}
