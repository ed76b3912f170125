package nl.plekwijzer.web;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** Where the services answer, by the name the pages use for them in {@code /gateway/<name>/...}. */
@ConfigMapping(prefix = "plekwijzer.web")
public interface WebConfig {

    Map<String, String> services();
}
