package nl.plekwijzer.matching.waitlist.rest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.plekwijzer.contracts.UnitKind;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated.LinkConfidence;
import nl.plekwijzer.contracts.events.RegionalWaitlistEntryUpdated;
import nl.plekwijzer.foundation.problem.Params;
import nl.plekwijzer.foundation.problem.Problems;
import nl.plekwijzer.foundation.problem.Violation;
import nl.plekwijzer.foundation.security.Caller;
import nl.plekwijzer.foundation.security.Roles;
import nl.plekwijzer.matching.accesslog.repository.AccessLog;
import nl.plekwijzer.matching.waitlist.Member;
import nl.plekwijzer.matching.waitlist.WaitlistCounts;
import nl.plekwijzer.matching.waitlist.linkage.LinkageGraph;
import nl.plekwijzer.matching.waitlist.linkage.LinkageModel;
import nl.plekwijzer.matching.waitlist.linkage.Review;
import nl.plekwijzer.matching.waitlist.service.RegionalWaitlist;

/**
 * The regional waiting list without doubles (coordinators), its counts (municipalities: their own),
 * and the review of links: a coordinator splits entries off a cluster, merges two clusters, or
 * confirms a cluster that was linked for review. Every read of the list or a cluster is logged.
 */
@Path("/api/v1/waitlist")
@Produces(MediaType.APPLICATION_JSON)
public class WaitlistResource {

    /**
     * rawEntries and deduplicated count the whole list; selected counts what the filters select, of
     * which entries holds the page asked for (all when no size is given).
     */
    public record RegionalList(int rawEntries, int deduplicated, int selected, Integer page, Integer size,
            List<RegionalWaitlistEntryUpdated> entries) {
    }

    public record MemberRef(@NotBlank String providerId, @NotBlank String providerEntryId) {

        String key() {
            return Member.key(providerId, providerEntryId);
        }
    }

    /** The entries to take out of the cluster; they are kept apart from the ones that stay. */
    public record SplitRequest(@NotEmpty @Size(max = 500) List<@Valid @NotNull MemberRef> members,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record MergeRequest(@NotBlank String withClusterId, @NotBlank @Size(max = 500) String reason) {
    }

    public record ConfirmRequest(@NotBlank @Size(max = 500) String reason) {
    }

    /** The clusters as they are after a review. */
    public record ReviewResult(List<ClusterView> clusters) {
    }

    private final RegionalWaitlist regional;
    private final Caller caller;
    private final AccessLog accessLog;

    public WaitlistResource(RegionalWaitlist regional, Caller caller, AccessLog accessLog) {
        this.regional = regional;
        this.caller = caller;
        this.accessLog = accessLog;
    }

    /** The list, optionally only the entries to review (linkConfidence=TO_REVIEW), of a care function or municipality. */
    @GET
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public RegionalList list(@QueryParam("linkConfidence") String linkConfidence,
            @QueryParam("careFunction") String careFunction, @QueryParam("municipalityCode") String municipalityCode,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @Min(1) @Max(1000) Integer size) {
        LinkConfidence confidence = Params.enumValue(linkConfidence, LinkConfidence.class, "linkConfidence");
        UnitKind kind = Params.enumValue(careFunction, UnitKind.class, "careFunction");
        Map<String, RegionalWaitlistEntryUpdated> all = regional.entries();
        List<RegionalWaitlistEntryUpdated> selected = all.values().stream()
                .filter(e -> confidence == null || e.linkConfidence() == confidence)
                .filter(e -> kind == null || e.careFunction() == kind)
                .filter(e -> municipalityCode == null || municipalityCode.equals(e.municipalityCode()))
                .sorted(Comparator.comparing(RegionalWaitlistEntryUpdated::careFunction)
                        .thenComparing(RegionalWaitlistEntryUpdated::clusterId))
                .toList();
        List<RegionalWaitlistEntryUpdated> entries = size == null ? selected
                : selected.stream().skip((long) page * size).limit(size).toList();
        logRead(null, "read the regional waiting list");
        return new RegionalList(regional.members().size(), all.size(), selected.size(), size == null ? null : page,
                size, entries);
    }

    @GET
    @Path("/stats")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN, Roles.MUNICIPALITY })
    public WaitlistCounts.Stats stats(@QueryParam("municipalityCode") String municipalityCode) {
        boolean municipality = !caller.isCoordinatorOrAdmin();
        if (municipality && (caller.municipalityCode() == null
                || municipalityCode != null && !municipalityCode.equals(caller.municipalityCode()))) {
            throw Problems.forbidden("A municipality sees the counts of its own code only");
        }
        String code = municipality ? caller.municipalityCode() : municipalityCode;
        var raw = regional.members().values().stream()
                .map(m -> new WaitlistCounts.RawEntry(m.careFunction(), m.municipalityCode())).toList();
        return WaitlistCounts.of(code, raw, regional.entries().values(), municipality, LocalDate.now());
    }

    @GET
    @Path("/clusters/{clusterId}")
    @RolesAllowed({ Roles.COORDINATOR, Roles.ADMIN })
    public ClusterView cluster(@PathParam("clusterId") String clusterId) {
        LinkageGraph.Cluster cluster = existing(clusterId);
        logRead(UUID.fromString(cluster.id()), "review a cluster of the regional waiting list");
        return ClusterView.of(cluster, regional.members(), regional.history(cluster.id()).await().indefinitely());
    }

    @POST
    @Path("/clusters/{clusterId}/split")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR })
    public ReviewResult split(@PathParam("clusterId") String clusterId, @Valid @NotNull SplitRequest request) {
        LinkageGraph.Cluster cluster = existing(clusterId);
        Set<String> leaving = new LinkedHashSet<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            String key = request.members().get(i).key();
            if (!cluster.members().contains(key)) {
                violations.add(new Violation("members[" + i + "]", "is not an entry of cluster " + clusterId));
            }
            leaving.add(key);
        }
        if (violations.isEmpty() && leaving.size() == cluster.members().size()) {
            violations.add(new Violation("members", "name the entries to take out; at least one entry must stay"));
        }
        if (!violations.isEmpty()) {
            throw Problems.invalid(violations);
        }
        return result(regional.decide(Review.split(cluster.members(), leaving), "SPLIT", Set.of(cluster.id()),
                caller.userName(), request.reason()));
    }

    @POST
    @Path("/clusters/{clusterId}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR })
    public ReviewResult merge(@PathParam("clusterId") String clusterId, @Valid @NotNull MergeRequest request) {
        LinkageGraph.Cluster cluster = existing(clusterId);
        LinkageGraph.Cluster other = regional.cluster(request.withClusterId());
        if (other == null) {
            throw Problems.invalid(List.of(new Violation("withClusterId", "no cluster with this id")));
        }
        if (other.id().equals(cluster.id())) {
            throw Problems.invalid(List.of(new Violation("withClusterId", "is the cluster itself")));
        }
        long pseudonyms = Stream.concat(cluster.members().stream(), other.members().stream())
                .map(regional::pseudonymOf).filter(Objects::nonNull).distinct().count();
        if (pseudonyms > 1) {
            throw Problems.conflict("different-youths", "withClusterId",
                    "The clusters hold entries with different BSNs: different youths");
        }
        return result(regional.decide(Review.merge(cluster.members(), other.members()), "MERGED",
                Set.of(cluster.id(), other.id()), caller.userName(), request.reason()));
    }

    /** The coordinator checked a cluster linked for review: its entries are one youth. */
    @POST
    @Path("/clusters/{clusterId}/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ Roles.COORDINATOR })
    public ReviewResult confirm(@PathParam("clusterId") String clusterId, @Valid @NotNull ConfirmRequest request) {
        LinkageGraph.Cluster cluster = existing(clusterId);
        if (cluster.members().size() < 2) {
            throw Problems.invalid(List.of(new Violation("clusterId", "a cluster of one entry has no link to confirm")));
        }
        return result(regional.decide(Review.confirm(cluster.members()), "CONFIRMED", Set.of(cluster.id()),
                caller.userName(), request.reason()));
    }

    public record Relinked(int entries, int clusters) {
    }

    /**
     * The linkage model's parameters as the list is linked with them: per comparison level m, u and
     * the weight, learnt from the list itself (or the prior ones for a list too small to learn from).
     * No name, date or encoding is in it.
     */
    @GET
    @Path("/linkage-model")
    @RolesAllowed({ Roles.ADMIN, Roles.COORDINATOR })
    public LinkageModel.Parameters linkageModel() {
        LinkageModel.Parameters parameters = regional.linkageParameters();
        if (parameters == null) {
            throw Problems.unavailable("The regional waiting list has not been linked yet");
        }
        return parameters;
    }

    /**
     * Learns the linkage model again and links the whole list again from scratch; manual decisions
     * and cluster ids are kept.
     */
    @POST
    @Path("/relink")
    @RolesAllowed({ Roles.ADMIN })
    public Relinked relink() {
        int clusters = regional.relinkFromScratch();
        return new Relinked(regional.members().size(), clusters);
    }

    private LinkageGraph.Cluster existing(String clusterId) {
        LinkageGraph.Cluster cluster = regional.cluster(clusterId);
        if (cluster == null) {
            throw Problems.notFound("clusterId", "No cluster with clusterId '" + clusterId + "'");
        }
        return cluster;
    }

    private ReviewResult result(List<LinkageGraph.Cluster> clusters) {
        return new ReviewResult(clusters.stream().map(c -> ClusterView.of(c, regional.members(), null)).toList());
    }

    private void logRead(UUID clusterId, String purpose) {
        accessLog.record(caller, null, clusterId, purpose).await().indefinitely();
    }
}
