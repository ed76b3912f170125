package nl.plekwijzer.intake.accesslog.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import nl.plekwijzer.intake.accesslog.AccessLogEntry;

@ApplicationScoped
public class AccessLogRepository implements PanacheRepositoryBase<AccessLogEntry, Long> {
}
