package org.torc.job;

import org.torc.testing.ScratchDatabase;

/** The job life cycle on H2. */
class JobLifecycleH2Test extends JobLifecycleTests {
    @Override
    ScratchDatabase open() {
        return ScratchDatabase.h2();
    }
}
