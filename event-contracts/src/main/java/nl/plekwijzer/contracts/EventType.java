package nl.plekwijzer.contracts;

import java.util.Arrays;
import java.util.Optional;

import nl.plekwijzer.contracts.events.AmbulantProgrammeUpdated;
import nl.plekwijzer.contracts.events.BedStatusBatchReported;
import nl.plekwijzer.contracts.events.BedStatusReported;
import nl.plekwijzer.contracts.events.DashboardStatsUpdated;
import nl.plekwijzer.contracts.events.MatchSuggestionsUpdated;
import nl.plekwijzer.contracts.events.PlacementEvent;
import nl.plekwijzer.contracts.events.PlacementRequestUpdated;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.contracts.events.UnitAvailabilityChanged;
import nl.plekwijzer.contracts.events.UnitProfileUpdated;
import nl.plekwijzer.contracts.events.UnitWentStale;
import nl.plekwijzer.contracts.events.UnmetNeedRecorded;
import nl.plekwijzer.contracts.events.WaitlistEntryChanged;

/**
 * Every event of plekwijzer: its CloudEvents {@code ce_type}, the topic it travels on, its Java
 * record and its JSON Schema (a resource under {@code /schemas/}).
 */
public enum EventType {
    BED_STATUS_REPORTED("nl.plekwijzer.bed-status.reported.v1", Topic.BED_STATUS, BedStatusReported.class),
    BED_STATUS_BATCH_REPORTED("nl.plekwijzer.bed-status.batch-reported.v1", Topic.BED_STATUS,
            BedStatusBatchReported.class),
    UNIT_PROFILE_UPDATED("nl.plekwijzer.unit-profile.updated.v1", Topic.UNIT_PROFILES, UnitProfileUpdated.class),
    AMBULANT_PROGRAMME_UPDATED("nl.plekwijzer.ambulant-programme.updated.v1", Topic.AMBULANT_PROGRAMMES,
            AmbulantProgrammeUpdated.class),
    UNIT_AVAILABILITY_CHANGED("nl.plekwijzer.bed-availability.changed.v1", Topic.BED_AVAILABILITY,
            UnitAvailabilityChanged.class),
    UNIT_WENT_STALE("nl.plekwijzer.unit.went-stale.v1", Topic.UNIT_FRESHNESS, UnitWentStale.class),
    PLACEMENT_REQUEST_UPDATED("nl.plekwijzer.placement-request.updated.v2", Topic.PLACEMENT_REQUESTS,
            PlacementRequestUpdated.class),
    WAITLIST_ENTRY_CHANGED("nl.plekwijzer.waitlist-entry.changed.v2", Topic.WAITLIST_ENTRIES,
            WaitlistEntryChanged.class),
    MATCH_SUGGESTIONS_UPDATED("nl.plekwijzer.match-suggestions.updated.v1", Topic.MATCH_SUGGESTIONS,
            MatchSuggestionsUpdated.class),
    REGIONAL_WAITLIST_ENTRY_UPDATED("nl.plekwijzer.regional-waitlist.entry-updated.v1", Topic.REGIONAL_WAITLIST,
            RegionalWaitlistEntryUpdated.class),
    PLACEMENT_EVENT("nl.plekwijzer.placement.event.v1", Topic.PLACEMENT_EVENTS, PlacementEvent.class),
    UNMET_NEED_RECORDED("nl.plekwijzer.unmet-need.recorded.v1", Topic.UNMET_NEEDS, UnmetNeedRecorded.class),
    DASHBOARD_STATS_UPDATED("nl.plekwijzer.dashboard-stats.updated.v1", Topic.DASHBOARD_STATS,
            DashboardStatsUpdated.class);

    private final String ceType;
    private final Topic topic;
    private final Class<? extends Record> recordType;

    EventType(String ceType, Topic topic, Class<? extends Record> recordType) {
        this.ceType = ceType;
        this.topic = topic;
        this.recordType = recordType;
    }

    public String ceType() {
        return ceType;
    }

    public Topic topic() {
        return topic;
    }

    public Class<? extends Record> recordType() {
        return recordType;
    }

    /** Class-path resource of the JSON Schema, e.g. {@code /schemas/bed-status-reported.v1.json}. */
    public String schemaResource() {
        String simple = ceType.substring("nl.plekwijzer.".length());
        return "/schemas/" + simple.replace('.', '-').replaceAll("-(v[0-9]+)$", ".$1") + ".json";
    }

    public static Optional<EventType> byCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType.equals(ceType)).findFirst();
    }
}
