package org.torc.identitystore;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Makes the process's {@link AuthSettings} injectable, read once per application. */
@ApplicationScoped
public class AuthSettingsProducer {

    @Produces
    @Singleton
    AuthSettings settings() {
        return AuthSettings.fromSystem();
    }
}
