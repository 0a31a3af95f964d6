package org.torc.failure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.torc.persistence.Database;
import org.torc.problem.ServiceException;
import org.torc.records.Page;
import org.torc.records.PageRequest;
import org.torc.records.RecordQuery;
import org.torc.records.RecordStore;
import org.torc.records.Require;
import org.torc.records.WorkflowRecordService;

/** Failure handlers: per-workflow rules that say which failed jobs may be retried. */
@ApplicationScoped
public class FailureHandlerService extends WorkflowRecordService<FailureHandler> {

    private static final RecordStore<FailureHandler> HANDLERS =
            new RecordStore<>(FailureHandler.class, "failure handler");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Retries allowed by a rule that does not say. */
    public static final int DEFAULT_MAX_RETRIES = 3;

    protected FailureHandlerService() {}

    @Inject
    public FailureHandlerService(Database database) {
        super(database, HANDLERS);
    }

    public FailureHandler create(FailureHandler handler) {
        Require.present(handler.name(), "name");
        parseRules(Require.present(handler.rules(), "rules"));
        return insert(handler);
    }

    public Page<FailureHandler> list(long workflowId, PageRequest page) {
        return listMatching(workflowId, RecordQuery.all(), page);
    }

    /**
     * How many retries the handler allows after a run that returned {@code returnCode}: the {@code
     * max_retries} of the first rule whose {@code exit_codes} contain the code, or which has {@code
     * match_all_exit_codes} and a non-zero code. Empty when no rule matches.
     */
    public static Optional<Integer> maxRetries(EntityManager em, long handlerId, long returnCode) {
        FailureHandler handler = em.find(FailureHandler.class, handlerId);
        if (handler == null) {
            return Optional.empty();
        }
        for (JsonNode rule : parseRules(handler.rules())) {
            if (matches(rule, returnCode)) {
                return Optional.of(rule.path("max_retries").asInt(DEFAULT_MAX_RETRIES));
            }
        }
        return Optional.empty();
    }

    private static boolean matches(JsonNode rule, long returnCode) {
        if (rule.path("match_all_exit_codes").asBoolean(false) && returnCode != 0) {
            return true;
        }
        for (JsonNode code : rule.path("exit_codes")) {
            if (code.asLong() == returnCode) {
                return true;
            }
        }
        return false;
    }

    private static JsonNode parseRules(String rules) {
        try {
            JsonNode parsed = MAPPER.readTree(rules);
            if (parsed != null && parsed.isArray()) {
                return parsed;
            }
        } catch (JsonProcessingException e) {
            // reported below with the same message as a JSON value that is not an array
        }
        throw ServiceException.invalid("field 'rules' must be a JSON array of rule objects");
    }
}
