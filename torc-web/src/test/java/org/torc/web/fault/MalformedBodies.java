package org.torc.web.fault;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A thousand request bodies that no endpoint may accept, aimed at the endpoints that create or
 * change records: valid bodies cut short, random bytes, text that is not JSON, the wrong top-level
 * type, a wrong type for a field, numbers beyond 64 bits, invalid UTF-8, nesting thousands deep,
 * required fields missing, and a bulk_jobs batch with one bad job among good ones. Seeded.
 */
final class MalformedBodies {

    static final int COUNT = 1000;

    /** One request: method, path, body and the kind of damage, for failure messages. */
    record Call(String method, String path, String kind, byte[] body) {
        String show() {
            String text = new String(body, StandardCharsets.ISO_8859_1);
            String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
            return method
                    + " "
                    + path
                    + " "
                    + kind
                    + " ["
                    + shown.replaceAll("[^\\x20-\\x7e]", "?")
                    + "]";
        }
    }

    /** An endpoint and a body it would accept, which the generators then damage. */
    private record Target(String method, String path, String validBody, boolean creates) {}

    private final Random random;
    private final long workflowId;
    private final List<Target> targets;

    private MalformedBodies(long seed, long workflowId, long jobId) {
        this.random = new Random(seed);
        this.workflowId = workflowId;
        String w = "/torc-service/v1/workflows/" + workflowId;
        String j = "/torc-service/v1/jobs/" + jobId;
        String owned = "{'workflow_id':" + workflowId + ",";
        String job = owned + "'name':'j','command':'true'}";
        this.targets =
                List.of(
                        creating("/workflows", "{'name':'w','user':'alice'}"),
                        new Target("PUT", w, json("{'name':'w2','user':'alice'}"), false),
                        creating("/bulk_jobs", "{'jobs':[" + job + "," + job + "]}"),
                        creating("/jobs", job),
                        new Target("PUT", j, json(job), false),
                        creating("/files", owned + "'name':'f','path':'f.txt'}"),
                        creating("/user_data", owned + "'name':'u','data':{'a':1}}"),
                        creating(
                                "/resource_requirements",
                                owned + "'name':'r','num_cpus':1,'memory':'1g','runtime':'PT1M'}"),
                        creating(
                                "/compute_nodes",
                                owned
                                        + "'hostname':'h','pid':1,"
                                        + "'start_time':'2026-01-01T00:00:00Z',"
                                        + "'num_cpus':1,'memory_gb':1.0,'num_gpus':0,'num_nodes':1,"
                                        + "'compute_node_type':'local'}"),
                        new Target(
                                "POST",
                                w + "/claim_jobs_based_on_resources/5",
                                json("{'num_cpus':4,'memory_gb':8.0,'num_gpus':0,'num_nodes':1}"),
                                false),
                        new Target(
                                "POST",
                                j + "/complete_job/completed/1",
                                json(
                                        "{'job_id':"
                                                + jobId
                                                + ",'workflow_id':"
                                                + workflowId
                                                + ",'run_id':1,'compute_node_id':1,'return_code':0,"
                                                + "'exec_time_minutes':0.5,"
                                                + "'completion_time':'2026-01-01T00:00:00Z',"
                                                + "'status':'completed'}"),
                                false));
    }

    /** JSON written with single quotes, which keeps the bodies above readable. */
    private static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    private static Target creating(String path, String body) {
        return new Target("POST", "/torc-service/v1" + path, json(body), true);
    }

    static List<Call> generate(long seed, long workflowId, long jobId) {
        MalformedBodies corpus = new MalformedBodies(seed, workflowId, jobId);
        List<Call> calls = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            Target target = corpus.targets.get(i % corpus.targets.size());
            calls.add(corpus.damage(target, i / corpus.targets.size()));
        }
        return calls;
    }

    private Call damage(Target target, int round) {
        String valid = target.validBody();
        int kinds = target.creates() ? 11 : 10;
        return switch (round % kinds) {
            case 0 -> call(target, "cut short", valid.substring(0, random.nextInt(valid.length())));
            case 1 -> call(target, "random bytes", randomBytes(1 + random.nextInt(300)));
            case 2 -> call(target, "not JSON", notJson());
            case 3 -> call(target, "wrong top-level type", wrongTopLevel(valid));
            case 4 ->
                    call(target, "object for a value", replaceFirstValue(valid, "{\"x\":[1,{}]}"));
            case 5 -> call(target, "array for a value", replaceFirstValue(valid, "[[],[{}]]"));
            case 6 -> call(target, "number beyond 64 bits", hugeNumber(valid));
            case 7 -> call(target, "invalid UTF-8", invalidUtf8(valid));
            case 8 -> call(target, "nested 5000 deep", "[".repeat(5000) + "]".repeat(5000));
            case 9 ->
                    target.path().endsWith("/bulk_jobs")
                            ? call(target, "bulk with one bad job", bulkWithOneBadJob())
                            : call(target, "trailing garbage", valid + pick("}", " {", "x", ",{}"));
            default -> call(target, "required fields missing", "{\"description\":\"no name\"}");
        };
    }

    private String notJson() {
        return pick(
                "hello",
                "<xml/>",
                "name=w&user=alice",
                "{name: w}",
                "{'name':'w'}",
                "{\"name\":\"w\",}",
                "NaN",
                "undefined",
                "{]",
                "\"\\uZZZZ\"");
    }

    private String wrongTopLevel(String valid) {
        return pick("[]", "[" + valid + "]", "\"text\"", "42", "true", "null");
    }

    /** The first number value made too big for 64 bits, or a huge {@code id} when none. */
    private static String hugeNumber(String valid) {
        String huge = "123456789012345678901234567890";
        return valid.matches(".*:\\d.*")
                ? valid.replaceFirst(":\\d+", ":" + huge)
                : "{\"id\":" + huge + "," + valid.substring(1);
    }

    private static Call call(Target target, String kind, String body) {
        return call(target, kind, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Call call(Target target, String kind, byte[] body) {
        return new Call(target.method(), target.path(), kind, body);
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        bytes[0] = (byte) "{[\"x!".charAt(random.nextInt(5));
        return bytes;
    }

    /** The body with its first field's value replaced by {@code value}. */
    private static String replaceFirstValue(String body, String value) {
        int colon = body.indexOf(':');
        int end = colon + 1;
        if (body.charAt(end) == '"') {
            end = body.indexOf('"', end + 1) + 1;
        } else if (body.charAt(end) == '[' || body.charAt(end) == '{') {
            end = body.indexOf(body.charAt(end) == '[' ? ']' : '}', end) + 1;
        } else {
            while (",}".indexOf(body.charAt(end)) < 0) {
                end++;
            }
        }
        return body.substring(0, colon + 1) + value + body.substring(end);
    }

    private static byte[] invalidUtf8(String body) {
        int quote = body.indexOf('"', body.indexOf(':'));
        String head = quote < 0 ? "{\"name\":\"" : body.substring(0, quote + 1);
        String tail = quote < 0 ? "\"}" : body.substring(quote + 1);
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xc3, (byte) 0x28, (byte) 0xff, (byte) 0xfe};
        byte[] all = new byte[start.length + bad.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(bad, 0, all, start.length, bad.length);
        System.arraycopy(end, 0, all, start.length + bad.length, end.length);
        return all;
    }

    private String bulkWithOneBadJob() {
        String owned = "{'workflow_id':" + workflowId + ",";
        String good = owned + "'name':'ok','command':'true'}";
        String bad =
                pick(
                        owned + "'name':{},'command':'true'}",
                        "{'workflow_id':'one','name':'x','command':'true'}",
                        owned + "'name':'x','command':[1]}");
        return json("{'jobs':[" + good + "," + bad + "," + good + "]}");
    }
}
