package org.torc.job;

import java.util.List;
import org.torc.persistence.Database;
import org.torc.testing.ScratchDatabase;

/**
 * Concurrent claims on PostgreSQL through two independent connection pools, as two server processes
 * sharing the database would claim. Skipped with a reason without PostgreSQL.
 */
class ConcurrentClaimsPostgresTest extends ConcurrentClaimsTests {
    @Override
    ScratchDatabase open() {
        return ScratchDatabase.postgres();
    }

    @Override
    List<Database> pools(ScratchDatabase scratch) {
        return List.of(scratch.database(), scratch.openAgain());
    }
}
