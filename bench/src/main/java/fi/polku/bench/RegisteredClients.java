package fi.polku.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** The clients each load worker registered, so that it reads only clients in its own care relationship. */
final class RegisteredClients {

    private final Map<Integer, List<UUID>> byWorker = new ConcurrentHashMap<>();
    private final AtomicLong total = new AtomicLong();

    void add(int worker, UUID clientId) {
        List<UUID> clients = byWorker.computeIfAbsent(worker, w -> new ArrayList<>());
        synchronized (clients) {
            clients.add(clientId);
        }
        total.incrementAndGet();
    }

    UUID anyOf(int worker) {
        List<UUID> clients = byWorker.get(worker);
        synchronized (clients) {
            return clients.get(ThreadLocalRandom.current().nextInt(clients.size()));
        }
    }

    UUID firstOf(int worker) {
        List<UUID> clients = byWorker.get(worker);
        synchronized (clients) {
            return clients.get(0);
        }
    }

    long total() {
        return total.get();
    }
}
