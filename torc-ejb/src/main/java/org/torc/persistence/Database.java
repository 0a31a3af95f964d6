package org.torc.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;
import jakarta.persistence.PersistenceException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;

/**
 * The open database: schema migrated, entity manager factory ready, transactions on demand.
 *
 * <p>The persistence unit is resource-local and built here rather than by the container, so the
 * same code runs on Payara Micro, Payara Server, WildFly and in plain unit tests, and the container
 * never falls back to its bundled default data source (whose H2 listens on a network port).
 */
public class Database implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger("torc.server.database");
    private static final String UNIT = "torc";

    /** Connections each server keeps to the database at most; see {@link #poolSize()}. */
    static final String POOL_SIZE_PROPERTY = "torc.database.poolSize";

    static final String POOL_SIZE_ENVIRONMENT = "TORC_DATABASE_POOL_SIZE";
    static final int DEFAULT_POOL_SIZE = 32;

    private final DatabaseSettings settings;
    private final EntityManagerFactory factory;

    /** Upkeep of the embedded H2 file (forced writes, compaction); none for other databases. */
    private final H2Upkeep upkeep;

    /** For CDI proxies only. */
    protected Database() {
        this.settings = null;
        this.factory = null;
        this.upkeep = null;
    }

    private Database(DatabaseSettings settings, EntityManagerFactory factory, H2Upkeep upkeep) {
        this.settings = settings;
        this.factory = factory;
        this.upkeep = upkeep;
    }

    /**
     * Connects, applies pending migrations and builds the entity manager factory.
     *
     * @throws DatabaseUnavailableException when the database cannot be reached or migrated
     */
    public static Database open(DatabaseSettings settings) {
        settings.checkReachable();
        migrate(settings);
        EntityManagerFactory factory =
                new PersistenceProvider().createEntityManagerFactory(UNIT, properties(settings));
        if (factory == null) {
            throw new DatabaseUnavailableException("persistence unit '" + UNIT + "' not found");
        }
        H2Upkeep upkeep = H2Upkeep.start(settings, H2Upkeep.PERIOD_MILLIS).orElse(null);
        LOG.info(() -> "Database ready: " + settings.displayUrl());
        return new Database(settings, factory, upkeep);
    }

    private static void migrate(DatabaseSettings settings) {
        try {
            Flyway.configure(Database.class.getClassLoader())
                    .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            throw new DatabaseUnavailableException(
                    "cannot migrate database " + settings.displayUrl() + ": " + e.getMessage());
        }
    }

    private static Map<String, Object> properties(DatabaseSettings settings) {
        Map<String, Object> props = new HashMap<>();
        props.put("eclipselink.persistencexml", "META-INF/torc-persistence.xml");
        props.put("jakarta.persistence.jdbc.url", settings.jdbcUrl());
        props.put("jakarta.persistence.jdbc.user", settings.user());
        props.put("jakarta.persistence.jdbc.password", settings.password());
        props.put(
                "jakarta.persistence.jdbc.driver",
                settings.isEmbedded() ? "org.h2.Driver" : "org.postgresql.Driver");
        props.put("eclipselink.classloader", Database.class.getClassLoader());
        String size = Integer.toString(poolSize());
        props.put("eclipselink.connection-pool.default.min", size);
        props.put("eclipselink.connection-pool.default.max", size);
        return props;
    }

    /**
     * The pool's size, from {@code torc.database.poolSize} or {@code TORC_DATABASE_POOL_SIZE}, 32
     * by default. It is the pool's minimum as well as its maximum: EclipseLink closes a released
     * connection whenever more than the minimum are open, and reconnecting for most requests cost a
     * third of the server's time on PostgreSQL. Connections are opened as concurrency needs them.
     */
    static int poolSize() {
        String text = System.getProperty(POOL_SIZE_PROPERTY, System.getenv(POOL_SIZE_ENVIRONMENT));
        if (text == null || text.isBlank()) {
            return DEFAULT_POOL_SIZE;
        }
        try {
            int size = Integer.parseInt(text.trim());
            if (size >= 1 && size <= 1000) {
                return size;
            }
        } catch (NumberFormatException e) {
            // refused below, with the setting's name
        }
        throw new DatabaseUnavailableException(
                POOL_SIZE_PROPERTY + " must be a number from 1 to 1000, got '" + text + "'");
    }

    public DatabaseSettings settings() {
        return settings;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back if it throws.
     */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = factory.createEntityManager();
        EntityTransaction tx = em.getTransaction();
        try {
            tx.begin();
            T result = work.apply(em);
            tx.commit();
            return result;
        } finally {
            if (tx.isActive()) {
                tx.rollback();
            }
            em.close();
        }
    }

    /** Like {@link #inTransaction(Function)} for work that returns nothing. */
    public void execute(Consumer<EntityManager> work) {
        inTransaction(
                em -> {
                    work.accept(em);
                    return null;
                });
    }

    /** Answers {@code true} when a trivial query succeeds; used by the readiness check. */
    public boolean isHealthy() {
        try {
            return inTransaction(em -> em.createNativeQuery("SELECT 1").getSingleResult() != null);
        } catch (PersistenceException | IllegalStateException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (factory != null && factory.isOpen()) {
            factory.close();
            if (upkeep != null) {
                upkeep.close();
            }
            LOG.info("Database closed");
        }
    }
}
