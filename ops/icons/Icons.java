import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import javax.imageio.ImageIO;

/**
 * Draws Tandem's app icons (the favicon's two linked rings, white on the theme colour) as PNGs
 * into app/src/main/resources/static/icons. Run from the repository root when the mark changes:
 *
 *   java ops/icons/Icons.java
 *
 * "maskable" icons keep the mark inside the middle 80 % (the safe zone), because launchers crop
 * them to a circle or a squircle; the others are rounded squares.
 */
public class Icons {

    private static final Color THEME = new Color(0x2f6f62);
    private static final File OUT = new File("app/src/main/resources/static/icons");

    public static void main(String[] args) throws IOException {
        OUT.mkdirs();
        write("icon-192.png", 192, false);
        write("icon-512.png", 512, false);
        write("maskable-512.png", 512, true);
        write("apple-touch-icon.png", 180, true); // iOS rounds the corners itself and wants no transparency
    }

    private static void write(String name, int size, boolean fullBleed) throws IOException {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(THEME);
        if (fullBleed) {
            g.fillRect(0, 0, size, size);
        } else {
            int arc = size / 4;
            g.fillRoundRect(0, 0, size, size, arc, arc);
        }
        double scale = (fullBleed ? 0.6 : 0.75) * size / 32.0; // the favicon's 32-unit box
        double offset = (size - 32 * scale) / 2;
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) (3 * scale)));
        g.draw(new Ellipse2D.Double(offset + 4 * scale, offset + 8 * scale, 16 * scale, 16 * scale));
        g.draw(new Ellipse2D.Double(offset + 12 * scale, offset + 8 * scale, 16 * scale, 16 * scale));
        g.dispose();
        ImageIO.write(image, "png", new File(OUT, name));
    }
}
