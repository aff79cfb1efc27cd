package app.tandem.practice;

/** A small ask to send, checked: its words, and whether it goes as a bid or as a need. */
public record SmallAsk(String text, SendAs as) {

    public enum SendAs { BID, NEED }
}
