package net.utilitynet.app.wallet;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/** A QR code (ZXing, error correction M, quiet zone 2 modules) as a JavaFX image, dark on white in both themes. */
public final class QrImage {
    private QrImage() {
    }

    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException("text too long for a QR code", e);
        }
    }

    /** {@code scale} pixels per module. */
    public static Image of(String text, int scale) {
        BitMatrix m = matrix(text);
        WritableImage image = new WritableImage(m.getWidth() * scale, m.getHeight() * scale);
        PixelWriter w = image.getPixelWriter();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                Color c = m.get(x, y) ? Color.BLACK : Color.WHITE;
                for (int dy = 0; dy < scale; dy++) {
                    for (int dx = 0; dx < scale; dx++) {
                        w.setColor(x * scale + dx, y * scale + dy, c);
                    }
                }
            }
        }
        return image;
    }
}
