package org.torc.web.contract;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Says whether the generated-client compatibility test ran: it is built only where torc's contract
 * sits beside the project ({@code ../shared/reference/torc-openapi.yaml}). In a fresh clone this
 * test is skipped and names the missing file.
 */
class ContractClientIT {

    @Test
    void theGeneratedClientTestIsBuiltWhereTheContractIsPresent() {
        Path contract =
                Path.of(System.getProperty("torc.sharedReference", "../../shared/reference"))
                        .resolve("torc-openapi.yaml");
        Assumptions.assumeTrue(
                Files.isRegularFile(contract),
                contract
                        + " is absent, so no client was generated from the contract and"
                        + " GeneratedClientIT was not built");

        assertDoesNotThrow(() -> Class.forName("org.torc.web.compat.GeneratedClientIT"));
    }
}
