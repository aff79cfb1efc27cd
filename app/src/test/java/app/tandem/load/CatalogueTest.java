package app.tandem.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CatalogueTest {

    @Test
    void theStarterCatalogueHasAboutSixtyItemsCoveringEveryArea() {
        Catalogue catalogue = new Catalogue();

        assertThat(catalogue.items()).hasSizeBetween(55, 70);
        assertThat(catalogue.items().stream().map(CatalogueItem::area).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Area.values());
        assertThat(catalogue.items()).allSatisfy(item -> {
            assertThat(item.title()).isNotBlank();
            assertThat(item.doneMeans()).isNotBlank();
            assertThat(item.minutes()).isBetween(1, 1440);
        });
        assertThat(Arrays.stream(Cadence.values()).filter(c -> c != Cadence.ONE_OFF))
                .allSatisfy(c -> assertThat(catalogue.items()).anyMatch(i -> i.cadence() == c));
    }

    @Test
    void everyNDaysEntriesCarryTheirNumber() {
        assertThat(new Catalogue().find("laundry")).get()
                .satisfies(i -> assertThat(i.everyDays()).isEqualTo(3));
    }
}
