package nl.plekwijzer.demo;

import java.util.List;

/** The demo region: Twente's fourteen municipalities, their CBS codes, centres and PC4 ranges. */
final class Twente {

    record Municipality(String code, String name, double latitude, double longitude, int pc4From, int pc4To,
            int weight) {
    }

    /** Weight: roughly the population in thousands, so that Enschede has the most units and youths. */
    static final List<Municipality> MUNICIPALITIES = List.of(
            new Municipality("GM0141", "Almelo", 52.3570, 6.6625, 7601, 7609, 73),
            new Municipality("GM0147", "Borne", 52.3000, 6.7530, 7621, 7623, 24),
            new Municipality("GM1774", "Dinkelland", 52.3700, 6.9700, 7590, 7591, 26),
            new Municipality("GM0153", "Enschede", 52.2215, 6.8937, 7511, 7548, 160),
            new Municipality("GM0158", "Haaksbergen", 52.1560, 6.7390, 7481, 7483, 24),
            new Municipality("GM0163", "Hellendoorn", 52.3890, 6.4500, 7447, 7448, 36),
            new Municipality("GM0164", "Hengelo", 52.2658, 6.7931, 7550, 7559, 81),
            new Municipality("GM1735", "Hof van Twente", 52.2270, 6.5770, 7471, 7478, 35),
            new Municipality("GM0168", "Losser", 52.2620, 7.0040, 7580, 7589, 23),
            new Municipality("GM0173", "Oldenzaal", 52.3130, 6.9290, 7570, 7577, 32),
            new Municipality("GM1742", "Rijssen-Holten", 52.3080, 6.5120, 7461, 7463, 38),
            new Municipality("GM0183", "Tubbergen", 52.4080, 6.7840, 7650, 7666, 21),
            new Municipality("GM1700", "Twenterand", 52.4500, 6.5900, 7681, 7688, 34),
            new Municipality("GM0189", "Wierden", 52.3590, 6.5940, 7641, 7645, 24));

    private Twente() {
    }
}
