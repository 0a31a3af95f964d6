package org.torc.web.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The packaged WAR, deployed by Arquillian on Payara Micro, answers ping, version and health. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SystemEndpointsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @ArquillianResource URL base;

    @Deployment(testable = false)
    static WebArchive torcWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/torc.war"));
    }

    @Test
    void pingAnswersStatusOk() throws Exception {
        HttpResponse<String> response = get("torc-service/v1/ping");

        assertEquals(200, response.statusCode());
        assertEquals("{\"status\":\"ok\"}", response.body());
    }

    @Test
    void versionNamesTheBuildAndTheContract() throws Exception {
        HttpResponse<String> response = get("torc-service/v1/version");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"version\":\"0.1.0\""), response.body());
        assertTrue(response.body().contains("\"api_version\":\"v0.7.0\""), response.body());
    }

    @Test
    void healthReportsTheDatabaseUp() throws Exception {
        URI health = URI.create(base.getProtocol() + "://" + base.getAuthority() + "/health");
        HttpResponse<String> response =
                HTTP.send(
                        HttpRequest.newBuilder(health).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"name\":\"database\""), response.body());
        assertTrue(response.body().contains("\"status\":\"UP\""), response.body());
    }

    @Test
    void unknownPathIsAJsonNotFound() throws Exception {
        HttpResponse<String> response = get("torc-service/v1/no_such_thing");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("\"errorNum\":404"), response.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.toURI().resolve(path)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
