package org.torc.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.torc.persistence.Database;
import org.torc.records.PageRequest;
import org.torc.testing.ScratchDatabase;
import org.torc.testing.Services;
import org.torc.workflow.Workflow;

/**
 * Eight runners claim from 1,000 ready jobs at once: every job is claimed exactly once and no ready
 * job is left behind. Subclasses choose the database.
 */
abstract class ConcurrentClaimsTests {

    static final int JOBS = 1_000;
    static final int RUNNERS = 8;

    abstract ScratchDatabase open();

    /** The connection pools the runners use; several act as several server processes. */
    List<Database> pools(ScratchDatabase scratch) {
        return List.of(scratch.database());
    }

    @Test
    void eightRunnersClaimEveryJobExactlyOnce() throws Exception {
        try (ScratchDatabase scratch = open()) {
            List<Database> pools = pools(scratch);
            Services services = Services.over(scratch.database());
            long wf = readyWorkflow(services);

            List<Long> claimed = claimConcurrently(pools, wf);

            assertEquals(JOBS, claimed.size(), "jobs handed out");
            assertEquals(JOBS, new HashSet<>(claimed).size(), "distinct jobs handed out");
            assertEquals(JOBS, count(services, wf, JobStatus.PENDING));
            assertEquals(0, count(services, wf, JobStatus.READY));
            closeExtraPools(pools, scratch);
        }
    }

    private static long readyWorkflow(Services services) {
        long wf = services.workflows().create(new Workflow("claims", "alice"), null).id();
        List<Job> jobs = new ArrayList<>();
        for (int i = 0; i < JOBS; i++) {
            jobs.add(new Job(wf, "job" + i, "true"));
        }
        services.jobs().createAll(jobs);
        services.initialization().initialize(wf, false, true);
        return wf;
    }

    private static List<Long> claimConcurrently(List<Database> pools, long wf) throws Exception {
        ExecutorService runners = Executors.newFixedThreadPool(RUNNERS);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int i = 0; i < RUNNERS; i++) {
                JobClaims claims = new JobClaims(pools.get(i % pools.size()));
                results.add(runners.submit(runner(claims, wf)));
            }
            List<Long> claimed = new ArrayList<>();
            for (Future<List<Long>> result : results) {
                claimed.addAll(result.get(120, TimeUnit.SECONDS));
            }
            return claimed;
        } finally {
            runners.shutdownNow();
        }
    }

    /** Claims a few jobs at a time until none are left; answers what it got. */
    private static Callable<List<Long>> runner(JobClaims claims, long wf) {
        return () -> {
            List<Long> mine = new ArrayList<>();
            while (true) {
                int batch = ThreadLocalRandom.current().nextInt(1, 16);
                List<Job> jobs = claims.claimNext(wf, batch);
                if (jobs.isEmpty()) {
                    return mine;
                }
                jobs.forEach(job -> mine.add(job.id()));
            }
        };
    }

    private static long count(Services services, long wf, JobStatus status) {
        JobService.Filter filter = new JobService.Filter(status, null, null, null, false);
        return services.jobs().list(wf, filter, PageRequest.first(0)).totalCount();
    }

    private static void closeExtraPools(List<Database> pools, ScratchDatabase scratch) {
        Set<Database> extra = new HashSet<>(pools);
        extra.remove(scratch.database());
        extra.forEach(Database::close);
        assertTrue(pools.contains(scratch.database()));
    }
}
