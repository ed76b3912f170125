package nl.plekwijzer.intake.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The secrets that make pseudonyms and linkage keys; in Kubernetes from the plekwijzer-pseudonym-key Secret. */
@ConfigMapping(prefix = "plekwijzer.intake")
public interface IntakeConfig {

    /** HMAC key for BSN pseudonyms, at least 32 bytes; the same in every service instance, forever. */
    String pseudonymKey();

    /** Key for the Bloom-filter name encodings, at least 32 bytes; shared by all of intake's instances. */
    String linkageKey();

    /** How often open requests are checked for an ended decision. */
    @WithDefault("1h")
    Duration expiryCheckInterval();
}
