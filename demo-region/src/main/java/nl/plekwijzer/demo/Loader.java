package nl.plekwijzer.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

import nl.plekwijzer.demo.Region.Provider;
import nl.plekwijzer.demo.Region.Request;
import nl.plekwijzer.demo.Region.Unit;
import nl.plekwijzer.demo.Region.WaitlistEntry;

/**
 * Loads a generated region into a running plekwijzer through its public APIs, as the region's
 * systems would: each provider system with its own client (added to the local Keycloak first)
 * registers its units, reports their status and sends its waiting list; referrers submit the
 * intake form. Prints its progress.
 */
final class Loader {

    private final Http http;
    private final Endpoints endpoints;
    private final Consumer<String> progress;

    Loader(Http http, Endpoints endpoints, Consumer<String> progress) {
        this.http = http;
        this.endpoints = endpoints;
        this.progress = progress;
    }

    /** How many days of figures before the load day the demo's history covers: half a year. */
    static final int HISTORY_DAYS = 183;

    /** Loads everything; answers the ids of the requests it submitted. */
    List<String> load(Region region, LocalDate today) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            addProviderClients(region.providers());
            Map<Provider, List<Unit>> unitsOf = new LinkedHashMap<>();
            region.units().forEach(unit -> unitsOf.computeIfAbsent(unit.provider(), p -> new ArrayList<>()).add(unit));
            AtomicInteger units = new AtomicInteger();
            all(pool, unitsOf.entrySet().stream().map(e -> (Runnable) () -> {
                for (Unit unit : e.getValue()) {
                    String token = http.providerToken(e.getKey());
                    http.send("PUT", endpoints.availability() + "/api/v1/units/" + unit.id(), token, profile(unit));
                    http.send("POST", endpoints.availability() + "/api/v1/units/" + unit.id() + "/status", token,
                            status(unit.available(), unit.occupied()));
                    every(units.incrementAndGet(), 50, region.units().size(), "units registered and reported");
                }
            }).toList());

            for (Region.Programme programme : region.programmes()) {
                http.send("PUT", endpoints.availability() + "/api/v1/programmes/" + programme.id(),
                        http.providerToken(programme.provider()), programme(programme));
            }
            progress.accept(region.programmes().size() + " ambulant programmes registered");

            Map<String, List<WaitlistEntry>> listOf = new LinkedHashMap<>();
            region.waitlist().forEach(e -> listOf.computeIfAbsent(e.providerId(), p -> new ArrayList<>()).add(e));
            Map<String, Provider> providers = new HashMap<>();
            region.providers().forEach(p -> providers.put(p.id(), p));
            AtomicInteger lists = new AtomicInteger();
            AtomicInteger refusedRows = new AtomicInteger();
            all(pool, listOf.entrySet().stream().map(e -> (Runnable) () -> {
                Provider provider = providers.get(e.getKey());
                JsonNode answer = http.send("PUT", endpoints.intake() + "/api/v1/providers/" + provider.id()
                        + "/waitlist", http.providerToken(provider),
                        Map.of("entries", e.getValue().stream().map(Loader::entry).toList()));
                refusedRows.addAndGet(answer.path("errors").size());
                every(lists.incrementAndGet(), 20, listOf.size(), "waiting lists sent");
            }).toList());
            if (refusedRows.get() > 0) {
                progress.accept("warning: intake refused " + refusedRows.get() + " waiting-list rows");
            }

            List<String> requestIds = java.util.Collections.synchronizedList(new ArrayList<>());
            all(pool, region.requests().stream().map(request -> (Runnable) () -> {
                JsonNode answer = http.send("POST", endpoints.intake() + "/api/v1/placement-requests",
                        http.userToken("referrer"), form(request));
                requestIds.add(answer.get("requestId").asText());
                every(requestIds.size(), 50, region.requests().size(), "placement requests submitted");
            }).toList());
            importHistory(region, today);
            return List.copyOf(requestIds);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Half a year of daily figures before today, so the charts and the monthly report have months to show. */
    private void importHistory(Region region, LocalDate today) {
        List<Map<String, Object>> days = History.generate(region, today, HISTORY_DAYS, DemoRegion.SEED).stream()
                .map(day -> Map.<String, Object>of("scope", day.scope(), "day", day.day().toString(),
                        "figures", day.figures()))
                .toList();
        JsonNode answer = http.send("PUT", endpoints.notification() + "/api/v1/dashboard/history",
                http.userToken("admin"), Map.of("days", days));
        progress.accept(answer.path("stored").asInt() + " days of figures before today imported (history of "
                + HISTORY_DAYS + " days)");
    }

    /** One client per provider system, with its provider_id claim, the API's audience and the provider role. */
    private void addProviderClients(List<Provider> providers) {
        String admin = endpoints.keycloak() + "/admin/realms/plekwijzer";
        JsonNode role = http.send("GET", admin + "/roles/provider", http.adminToken(), null);
        int added = 0;
        for (Provider provider : providers) {
            String token = http.adminToken();
            if (!http.send("GET", admin + "/clients?clientId=" + provider.clientId(), token, null).isEmpty()) {
                continue;
            }
            http.send("POST", admin + "/clients", token, Map.of("clientId", provider.clientId(),
                    "name", provider.name(), "secret", provider.clientSecret(), "publicClient", false,
                    "serviceAccountsEnabled", true, "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                    "protocolMappers", List.of(Map.of("name", "provider_id", "protocol", "openid-connect",
                            "protocolMapper", "oidc-hardcoded-claim-mapper", "config", Map.of("claim.name",
                                    "provider_id", "claim.value", provider.id(), "jsonType.label", "String",
                                    "access.token.claim", "true", "introspection.token.claim", "true")),
                            // The services take only access tokens with this audience (docs/security.md).
                            Map.of("name", "audience plekwijzer-api", "protocol", "openid-connect",
                                    "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                            "included.custom.audience", "plekwijzer-api", "access.token.claim", "true",
                                            "id.token.claim", "false", "introspection.token.claim", "true")))));
            String clientUuid = http.send("GET", admin + "/clients?clientId=" + provider.clientId(), token, null)
                    .get(0).get("id").asText();
            String userId = http.send("GET", admin + "/clients/" + clientUuid + "/service-account-user", token, null)
                    .get("id").asText();
            http.send("POST", admin + "/users/" + userId + "/role-mappings/realm", token, List.of(role));
            every(++added, 25, providers.size(), "provider systems added to Keycloak");
        }
    }

    static Map<String, Object> profile(Unit unit) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("providerId", unit.provider().id());
        profile.put("providerName", unit.provider().name());
        profile.put("name", unit.name());
        profile.put("kind", unit.kind());
        profile.put("places", unit.places());
        profile.put("ageMin", unit.ageMin());
        profile.put("ageMax", unit.ageMax());
        profile.put("genders", unit.genders());
        profile.put("domains", unit.domains());
        profile.put("specialties", unit.specialties());
        profile.put("treatmentOnSite", unit.treatmentOnSite());
        profile.put("rosterHoursPerWeek", unit.rosterHoursPerWeek());
        profile.put("acceptsCrisis", unit.acceptsCrisis());
        profile.put("acceptsConfidential", unit.acceptsConfidential());
        profile.put("municipalityCode", unit.municipality().code());
        profile.put("postcode", unit.postcode());
        profile.put("stayLengths", unit.stayLengths());
        profile.put("acceptsFamilyAdmission", unit.acceptsFamilyAdmission());
        if (unit.inBackupPool()) {
            profile.put("backupPool", Map.of("name", RegionGenerator.BACKUP_POOL, "regions", RegionGenerator.POOL_REGIONS));
        }
        return profile;
    }

    static Map<String, Object> status(int available, int occupied) {
        return Map.of("occurredAt", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                "availablePlaces", available, "occupiedPlaces", occupied);
    }

    private static Map<String, Object> entry(WaitlistEntry entry) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("providerEntryId", entry.providerEntryId());
        if (entry.withBsn()) {
            row.put("bsn", entry.youth().bsn());
        }
        row.put("givenName", entry.givenName());
        if (!entry.familyNamePrefix().isEmpty()) {
            row.put("familyNamePrefix", entry.familyNamePrefix());
        }
        row.put("familyName", entry.familyName());
        row.put("birthDate", entry.youth().birthDate().toString());
        row.put("gender", entry.youth().gender());
        row.put("postcode", entry.youth().postcode());
        row.put("municipalityCode", entry.youth().municipality().code());
        row.put("careFunction", entry.careFunction());
        row.put("registeredOn", entry.registeredOn().toString());
        return row;
    }

    private static Map<String, Object> form(Request request) {
        Region.Youth youth = request.youth();
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("bsn", youth.bsn());
        person.put("givenName", youth.givenName());
        if (!youth.familyNamePrefix().isEmpty()) {
            person.put("familyNamePrefix", youth.familyNamePrefix());
        }
        person.put("familyName", youth.familyName());
        person.put("birthDate", youth.birthDate().toString());
        person.put("gender", youth.gender());
        person.put("postcode", youth.postcode());
        person.put("municipalityCode", youth.municipality().code());
        String mailbox = request.referrerName().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", ".");
        return Map.of("youth", person, "responsibleMunicipalityCode", request.responsible().code(),
                "referrer", Map.of("type", request.referrerType(), "organisation", request.referrerOrganisation(),
                        "name", request.referrerName(), "email", mailbox + "@example.org"),
                "needs", needs(request),
                "decision", Map.of("reference", request.decisionReference(), "validUntil",
                        request.decisionValidUntil().toString()),
                "consent", true);
    }

    private static Map<String, Object> needs(Request request) {
        Map<String, Object> needs = new LinkedHashMap<>();
        needs.put("domains", request.domains());
        needs.put("acceptableKinds", request.acceptableKinds());
        needs.put("urgency", request.urgency());
        needs.put("neededFrom", request.neededFrom().toString());
        needs.put("confidential", request.confidential());
        needs.put("treatmentNeeded", request.treatmentNeeded());
        needs.put("ambulantAlternativeAllowed", request.ambulantAlternativeAllowed());
        needs.put("familyAdmission", request.familyAdmission());
        if (request.shortStayNights() != null) {
            needs.put("shortStay", Map.of("nights", request.shortStayNights(), "rhythm", "MONTHLY"));
        }
        return needs;
    }

    static Map<String, Object> programme(Region.Programme programme) {
        return Map.of("providerId", programme.provider().id(), "providerName", programme.provider().name(),
                "name", programme.name(), "type", programme.type(), "ageMin", programme.ageMin(),
                "ageMax", programme.ageMax(), "domains", programme.domains(),
                "municipalityCodes", programme.municipalityCodes(), "waitingWeeks", programme.waitingWeeks());
    }

    private void every(int done, int step, int total, String what) {
        if (done % step == 0 || done == total) {
            progress.accept(done + "/" + total + " " + what);
        }
    }

    private static void all(ExecutorService pool, List<Runnable> tasks) throws Exception {
        List<Future<?>> running = tasks.stream().<Future<?>> map(pool::submit).toList();
        for (Future<?> task : running) {
            task.get();
        }
    }
}
