package app.tandem.bid;

/** A response to a bid, checked: how, and a few optional words. */
public record RespondToBid(BidResponse response, String text) {}
