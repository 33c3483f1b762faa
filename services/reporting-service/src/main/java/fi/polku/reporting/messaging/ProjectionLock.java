package fi.polku.reporting.messaging;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keeps the live consumer and a rebuild apart: the live consumer applies each event under the shared lock, a
 * rebuild holds the exclusive lock from clearing the tables until it has replayed every topic, so no event is
 * applied out of its order between the two.
 */
@ApplicationScoped
public class ProjectionLock {

    private final ReadWriteLock lock = new ReentrantReadWriteLock(true);

    void live(Runnable work) {
        lock.readLock().lock();
        try {
            work.run();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T exclusive(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
