package org.torc.job;

import org.torc.testing.ScratchDatabase;

/** Concurrent claims on H2 (one process owns the file, so one connection pool). */
class ConcurrentClaimsH2Test extends ConcurrentClaimsTests {
    @Override
    ScratchDatabase open() {
        return ScratchDatabase.h2();
    }
}
