package app.tandem;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Features talk only through each other's public, top-level types, and form no cycles. */
class ModularityTest {

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(TandemApplication.class).verify();
    }
}
