package org.torc.job;

import org.torc.testing.ScratchDatabase;

/** The job life cycle on PostgreSQL; skipped with a reason when it is not reachable. */
class JobLifecyclePostgresTest extends JobLifecycleTests {
    @Override
    ScratchDatabase open() {
        return ScratchDatabase.postgres();
    }
}
