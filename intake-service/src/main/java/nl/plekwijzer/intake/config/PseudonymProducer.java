package nl.plekwijzer.intake.config;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import nl.plekwijzer.contracts.linkage.LinkageEncoder;
import nl.plekwijzer.contracts.linkage.NameEncoder;
import nl.plekwijzer.intake.youth.Pseudonymizer;

public class PseudonymProducer {

    @Produces
    @Singleton
    Pseudonymizer pseudonymizer(IntakeConfig config) {
        return new Pseudonymizer(config.pseudonymKey().getBytes(StandardCharsets.UTF_8));
    }

    @Produces
    @Singleton
    LinkageEncoder linkageKeys(IntakeConfig config) {
        return new LinkageEncoder(new NameEncoder(config.linkageKey().getBytes(StandardCharsets.UTF_8)));
    }
}
