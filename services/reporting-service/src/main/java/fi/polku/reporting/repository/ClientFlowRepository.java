package fi.polku.reporting.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import fi.polku.reporting.domain.ClientFlow;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClientFlowRepository implements PanacheRepositoryBase<ClientFlow, UUID> {

    /** The client's row, created on the first event about them whatever its type (topics are not ordered). */
    public ClientFlow forClient(UUID clientId) {
        return findByIdOptional(clientId).orElseGet(() -> {
            ClientFlow flow = new ClientFlow();
            flow.clientId = clientId;
            persist(flow);
            return flow;
        });
    }
}
