package org.torc.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabasePoolSizeTest {

    @AfterEach
    void unset() {
        System.clearProperty(Database.POOL_SIZE_PROPERTY);
    }

    @Test
    void thirtyTwoConnectionsUnlessConfigured() {
        if (System.getenv(Database.POOL_SIZE_ENVIRONMENT) == null) {
            assertEquals(32, Database.poolSize());
        }
        System.setProperty(Database.POOL_SIZE_PROPERTY, " 8 ");
        assertEquals(8, Database.poolSize());
    }

    @Test
    void aSizeOutsideOneToAThousandIsRefusedByName() {
        for (String bad : new String[] {"0", "1001", "many", "-3"}) {
            System.setProperty(Database.POOL_SIZE_PROPERTY, bad);
            DatabaseUnavailableException e =
                    assertThrows(DatabaseUnavailableException.class, Database::poolSize);
            assertTrue(e.getMessage().contains("torc.database.poolSize"), e.getMessage());
        }
    }
}
