package nl.plekwijzer.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The demo region for the local run.
 *
 * <pre>
 *   DemoRegion load    STATE_DIR PORT_OFFSET   generate the region and load it (once per state dir)
 *   DemoRegion trickle STATE_DIR PORT_OFFSET   keep it moving until stopped
 * </pre>
 *
 * The region is generated from a fixed seed and the day it was first loaded (kept in the state
 * dir), so the trickle knows the same units and providers as the load.
 */
public final class DemoRegion {

    static final long SEED = 15;
    private static final String LOADED_ON = "demo-region.loaded-on";
    private static final String REQUESTS = "demo-region.requests";

    private DemoRegion() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3 || !List.of("load", "trickle").contains(args[0])) {
            System.err.println("usage: DemoRegion load|trickle STATE_DIR PORT_OFFSET");
            System.exit(2);
        }
        Path state = Path.of(args[1]);
        Endpoints endpoints = Endpoints.local(Integer.parseInt(args[2]));
        Http http = new Http(endpoints.keycloak());
        if (args[0].equals("load")) {
            LocalDate today = LocalDate.now();
            Region region = RegionGenerator.generate(SEED, today, RegionGenerator.Sizes.TWENTE);
            log("loading the demo region Twente: " + region.providers().size() + " providers, "
                    + region.units().size() + " units, " + region.waitlist().size() + " waiting-list entries, "
                    + region.requests().size() + " placement requests");
            List<String> requestIds = new Loader(http, endpoints, DemoRegion::log).load(region, today);
            Files.write(state.resolve(REQUESTS), requestIds);
            Files.writeString(state.resolve(LOADED_ON), today.toString());
            log("demo region loaded");
        } else {
            LocalDate loadedOn = LocalDate.parse(Files.readString(state.resolve(LOADED_ON)).trim());
            Region region = RegionGenerator.generate(SEED, loadedOn, RegionGenerator.Sizes.TWENTE);
            new Trickle(http, endpoints, DemoRegion::log).run(region, Files.readAllLines(state.resolve(REQUESTS)));
        }
    }

    private static void log(String line) {
        System.out.println("[demo " + LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + line);
    }
}
