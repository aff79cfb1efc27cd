package app.tandem.push;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A push service and a browser in one, for tests: an HTTP endpoint on localhost that records
 * what the server posts and answers with the status a test sets, and the subscription's own
 * keys (a P-256 pair and an auth secret, made here) to decrypt the payload as a browser would,
 * by RFC 8291, written out from the RFC rather than with the library under test. It also checks
 * the VAPID header of RFC 8292 against the server's public key.
 */
public final class TestPushService implements AutoCloseable {

    public record Received(Map<String, List<String>> headers, byte[] body) {
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder UNB64 = Base64.getUrlDecoder();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(201);
    private final KeyPair browser;
    private final byte[] auth = new byte[16];

    public TestPushService() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        browser = generator.generateKeyPair();
        new SecureRandom().nextBytes(auth);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/push/", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        server.start();
    }

    /** The address a browser would have been given by its push service. */
    public String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/push/" + B64.encodeToString(auth).substring(0, 8);
    }

    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public String p256dh() {
        return B64.encodeToString(uncompressed((ECPublicKey) browser.getPublic()));
    }

    public String auth() {
        return B64.encodeToString(auth);
    }

    Subscribe subscription() {
        return new Subscribe(endpoint(), p256dh(), auth(), "Test browser");
    }

    void answerWith(int status) {
        answer.set(status);
    }

    public List<Received> received() {
        return received;
    }

    /** RFC 8291 §3.4 and RFC 8188: the header block, the keys derived as the browser does, then AES-128-GCM. */
    public JsonNode decrypt(Received push) throws GeneralSecurityException {
        ByteBuffer body = ByteBuffer.wrap(push.body());
        byte[] salt = new byte[16];
        body.get(salt);
        int recordSize = body.getInt();
        byte[] serverKey = new byte[body.get() & 0xff];
        body.get(serverKey);
        byte[] cipherText = new byte[body.remaining()];
        body.get(cipherText);
        if (recordSize < cipherText.length) {
            throw new GeneralSecurityException("one record expected");
        }

        KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
        ecdh.init(browser.getPrivate());
        ecdh.doPhase(publicKey(serverKey), true);
        byte[] sharedSecret = ecdh.generateSecret();
        byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII),
                uncompressed((ECPublicKey) browser.getPublic()), serverKey);
        byte[] ikm = hkdf(auth, sharedSecret, keyInfo, 32);
        byte[] cek = hkdf(salt, ikm, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
        byte[] nonce = hkdf(salt, ikm, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);

        Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
        aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
        byte[] padded = aes.doFinal(cipherText);
        int end = padded.length - 1;
        while (end >= 0 && padded[end] == 0) {
            end--;
        }
        if (end < 0 || padded[end] != 2) {
            throw new GeneralSecurityException("the last record ends with the delimiter 0x02");
        }
        return JSON.readTree(new String(padded, 0, end, StandardCharsets.UTF_8));
    }

    /**
     * RFC 8292: {@code Authorization: vapid t=<JWT>, k=<public key>}; the JWT is ES256, signed by
     * the key in k, for this push service's origin, expiring within a day. Answers the claims.
     */
    JsonNode verifyVapid(Received push, String serverPublicKey) throws GeneralSecurityException {
        String header = push.header("Authorization");
        if (header == null || !header.startsWith("vapid ")) {
            throw new GeneralSecurityException("no vapid authorization: " + header);
        }
        String token = null;
        String key = null;
        for (String part : header.substring("vapid ".length()).split(",")) {
            String[] pair = part.strip().split("=", 2);
            if (pair[0].equals("t")) {
                token = pair[1];
            } else if (pair[0].equals("k")) {
                key = pair[1];
            }
        }
        if (!serverPublicKey.equals(key)) {
            throw new GeneralSecurityException("k is not the server's public key");
        }
        String[] jwt = token.split("\\.");
        JsonNode head = JSON.readTree(UNB64.decode(jwt[0]));
        if (!head.get("alg").asString().equals("ES256")) {
            throw new GeneralSecurityException("alg " + head.get("alg"));
        }
        Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
        es256.initVerify(publicKey(UNB64.decode(key)));
        es256.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        if (!es256.verify(UNB64.decode(jwt[2]))) {
            throw new GeneralSecurityException("the JWT's signature does not verify with the server's key");
        }
        return JSON.readTree(UNB64.decode(jwt[1]));
    }

    private static byte[] hkdf(byte[] salt, byte[] ikm, byte[] info, int length) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(salt, "HmacSHA256"));
        byte[] prk = mac.doFinal(ikm);
        mac.init(new SecretKeySpec(prk, "HmacSHA256"));
        return Arrays.copyOf(mac.doFinal(concat(info, new byte[] {1})), length);
    }

    private ECPublicKey publicKey(byte[] uncompressed) throws GeneralSecurityException {
        ECPoint point = new ECPoint(new BigInteger(1, Arrays.copyOfRange(uncompressed, 1, 33)),
                new BigInteger(1, Arrays.copyOfRange(uncompressed, 33, 65)));
        return (ECPublicKey) KeyFactory.getInstance("EC")
                .generatePublic(new ECPublicKeySpec(point, ((ECPublicKey) browser.getPublic()).getParams()));
    }

    private static byte[] uncompressed(ECPublicKey key) {
        return concat(new byte[] {4}, fixed(key.getW().getAffineX()), fixed(key.getW().getAffineY()));
    }

    private static byte[] fixed(BigInteger n) {
        byte[] bytes = n.toByteArray();
        byte[] out = new byte[32];
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, out, 32 - length, length);
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        Arrays.stream(parts).forEach(all::put);
        return all.array();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
