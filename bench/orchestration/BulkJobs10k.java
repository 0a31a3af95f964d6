import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale target of the orchestration core: a workflow of 10,000 jobs and 10,000 dependency
 * edges, created with bulk_jobs and initialized, in under 10 seconds; then its jobs listed page by
 * page.
 *
 * <p>Run against a started server (JDK only, no build needed):
 *
 * <pre>
 *   java bench/orchestration/BulkJobs10k.java http://127.0.0.1:8080
 * </pre>
 *
 * <p>The scenario runs twice on the same server, each time with a new workflow: the first run shows
 * a freshly started server (its JVM still compiling the hot paths), the second the server in its
 * steady state. The target applies to the second; both figures are printed.
 *
 * <p>Shape: ten bulk_jobs calls of 1,000 jobs. Every job of call k (k &gt; 0) depends on the job at
 * the same position in call k-1 (9,000 edges); the jobs of call 1 also depend on the next job of
 * call 0 (1,000 more). Initializing leaves 1,000 jobs ready and 9,000 blocked. Prints the times and
 * exits 1 when the target is missed or the counts are wrong.
 */
public class BulkJobs10k {

    static final int CALLS = 10;
    static final int PER_CALL = 1_000;
    static final Pattern JOB_ID = Pattern.compile("\\{\"id\":(\\d+),\"workflow_id\"");
    static final Pattern TOTAL = Pattern.compile("\"total_count\":(\\d+)");
    static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        String base = (args.length > 0 ? args[0] : "http://127.0.0.1:8080") + "/torc-service/v1";
        System.out.println("first run (cold server)");
        run(base);
        System.out.println("second run (warm server)");
        System.exit(run(base) ? 0 : 1);
    }

    static boolean run(String base) throws Exception {
        long workflow =
                id(
                        send(
                                "POST",
                                base + "/workflows",
                                "{\"name\":\"bench-10k\",\"user\":\"bench\"}"));

        long start = System.nanoTime();
        List<Long> previous = List.of();
        int edges = 0;
        for (int call = 0; call < CALLS; call++) {
            String body = batch(workflow, call, previous);
            edges += previous.isEmpty() ? 0 : PER_CALL + (call == 1 ? PER_CALL : 0);
            previous = ids(send("POST", base + "/bulk_jobs", body));
        }
        long created = System.nanoTime();
        send("POST", base + "/workflows/" + workflow + "/initialize_jobs", "{}");
        long initialized = System.nanoTime();

        long ready =
                total(
                        send(
                                "GET",
                                base + "/jobs?workflow_id=" + workflow + "&status=ready&limit=0",
                                null));
        long blocked =
                total(
                        send(
                                "GET",
                                base + "/jobs?workflow_id=" + workflow + "&status=blocked&limit=0",
                                null));
        long pagesStart = System.nanoTime();
        for (int offset = 0; offset < CALLS * PER_CALL; offset += PER_CALL) {
            send(
                    "GET",
                    base
                            + "/jobs?workflow_id="
                            + workflow
                            + "&offset="
                            + offset
                            + "&limit="
                            + PER_CALL,
                    null);
        }
        long pagesEnd = System.nanoTime();

        double createSecs = seconds(start, created);
        double initSecs = seconds(created, initialized);
        double total = seconds(start, initialized);
        System.out.printf("jobs %d, edges %d%n", CALLS * PER_CALL, edges);
        System.out.printf("bulk_jobs (10 calls)    %6.2f s%n", createSecs);
        System.out.printf("initialize_jobs         %6.2f s%n", initSecs);
        System.out.printf("create + initialize     %6.2f s   (target < 10 s)%n", total);
        System.out.printf(
                "list 10 pages of 1,000  %6.2f s   (%.0f ms per page)%n",
                seconds(pagesStart, pagesEnd), seconds(pagesStart, pagesEnd) * 100);
        System.out.printf("after initialize: %d ready, %d blocked%n", ready, blocked);
        boolean ok = total < 10 && ready == PER_CALL && blocked == (CALLS - 1) * PER_CALL;
        System.out.println(ok ? "PASS" : "FAIL");
        return ok;
    }

    static String batch(long workflow, int call, List<Long> previous) {
        StringBuilder json = new StringBuilder("{\"jobs\":[");
        for (int i = 0; i < PER_CALL; i++) {
            json.append(i == 0 ? "" : ",")
                    .append("{\"workflow_id\":")
                    .append(workflow)
                    .append(",\"name\":\"job_")
                    .append(call)
                    .append('_')
                    .append(i)
                    .append("\",\"command\":\"true\"");
            if (!previous.isEmpty()) {
                json.append(",\"depends_on_job_ids\":[").append(previous.get(i));
                if (call == 1) {
                    json.append(',').append(previous.get((i + 1) % PER_CALL));
                }
                json.append(']');
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    static String send(String method, String url, String body) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        HttpResponse<String> response =
                HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(
                    method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    static long id(String json) {
        Matcher match = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!match.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(match.group(1));
    }

    static List<Long> ids(String json) {
        List<Long> ids = new ArrayList<>();
        Matcher match = JOB_ID.matcher(json);
        while (match.find()) {
            ids.add(Long.parseLong(match.group(1)));
        }
        if (ids.size() != PER_CALL) {
            throw new IllegalStateException("bulk_jobs answered " + ids.size() + " jobs");
        }
        return ids;
    }

    static long total(String json) {
        Matcher match = TOTAL.matcher(json);
        return match.find() ? Long.parseLong(match.group(1)) : -1;
    }

    static double seconds(long from, long to) {
        return (to - from) / 1e9;
    }
}
