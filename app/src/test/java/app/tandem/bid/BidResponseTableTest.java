package app.tandem.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tandem.kernel.ConflictException;
import app.tandem.kernel.NotFoundException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The bid's state table, without Spring: who responds, from where, to where. */
class BidResponseTableTest {

    private static final long BIDDER = 1;
    private static final long PARTNER = 2;

    @ParameterizedTest
    @EnumSource(BidResponse.class)
    void thePartnerRespondsOnceFromOpenAndEachResponseHasItsOwnStatus(BidResponse response) {
        assertThat(bid(BidStatus.OPEN).check(response, PARTNER)).isEqualTo(response.leadsTo());
        assertThat(bid(BidStatus.OPEN).canRespond(PARTNER)).isTrue();
        for (BidStatus answered : List.of(BidStatus.TURNED_TOWARD, BidStatus.TURNED_AWAY, BidStatus.TURNED_AGAINST)) {
            assertThatThrownBy(() -> bid(answered).check(response, PARTNER)).isInstanceOf(ConflictException.class)
                    .hasMessageContaining(answered.words());
            assertThat(bid(answered).canRespond(PARTNER)).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(BidResponse.class)
    void theBidderCannotAnswerTheirOwnBid(BidResponse response) {
        assertThatThrownBy(() -> bid(BidStatus.OPEN).check(response, BIDDER)).isInstanceOf(NotFoundException.class);
        assertThat(bid(BidStatus.OPEN).canRespond(BIDDER)).isFalse();
    }

    @Test
    void responsesLeadToDistinctStatusesAndOnlyAwayOrAgainstMayHaveHurt() {
        assertThat(List.of(BidResponse.values()).stream().map(BidResponse::leadsTo).distinct()).hasSize(3);
        assertThat(bid(BidStatus.TURNED_AWAY).mayHaveHurt(BIDDER)).isTrue();
        assertThat(bid(BidStatus.TURNED_AGAINST).mayHaveHurt(BIDDER)).isTrue();
        assertThat(bid(BidStatus.TURNED_TOWARD).mayHaveHurt(BIDDER)).as("a \"yeah, but\" can sting too").isTrue();
        assertThat(bid(BidStatus.OPEN).mayHaveHurt(BIDDER)).isFalse();
        assertThat(bid(BidStatus.TURNED_AWAY).mayHaveHurt(PARTNER)).isFalse();
    }

    @Test
    void responsesAreReadInAnyCaseAndNothingElse() {
        assertThat(BidResponse.parse(" Toward ")).isEqualTo(BidResponse.TOWARD);
        assertThat(BidResponse.parse("AGAINST")).isEqualTo(BidResponse.AGAINST);
        assertThat(BidResponse.parse("sideways")).isNull();
        assertThat(BidResponse.parse(null)).isNull();
    }

    private static Bid bid(BidStatus status) {
        return new Bid(7, 3, BIDDER, "Tea?", status, Instant.EPOCH, null, List.of(), null);
    }
}
