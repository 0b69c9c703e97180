// Generated from generators/java/tests/io/cognitionos/StubTest.java by generators/java. Do not edit: change that file.
package io.cognitionos;

import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A fresh local stub server per test. */
abstract class StubTest {
    StubServer stub;

    @BeforeEach
    void startStub() throws IOException {
        stub = new StubServer();
    }

    @AfterEach
    void stopStub() {
        stub.close();
    }
}
