package nl.plekwijzer.intake.waitlist.repository;

import java.util.List;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.intake.waitlist.ProviderWaitlistEntry;

@ApplicationScoped
public class WaitlistRepository implements PanacheRepositoryBase<ProviderWaitlistEntry, ProviderWaitlistEntry.Key> {

    /**
     * The provider's current list, after taking a transaction lock on that provider's list, so that two
     * replacements of one list (even of a list that is still empty) run one after the other.
     */
    public Uni<List<ProviderWaitlistEntry>> lockListOf(String providerId) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(
                        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) AS locked", Long.class)
                        .setParameter(1, "waitlist:" + providerId)
                        .getSingleResult())
                .flatMap(locked -> find("providerId", providerId).list());
    }
}
