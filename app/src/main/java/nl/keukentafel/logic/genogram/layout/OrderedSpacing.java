package nl.keukentafel.logic.genogram.layout;

/**
 * Places a row of symbols whose left-to-right order is fixed as close as possible to where each wants to be (least
 * weighted squares) while keeping a minimum distance between neighbours: isotonic regression by pool-adjacent-
 * violators on the positions minus the cumulative minimum distances. Exact, linear time, deterministic. Stateless.
 */
final class OrderedSpacing {
    private OrderedSpacing() {
    }

    /**
     * @param target where each symbol wants its centre
     * @param weight how much each wants it (a pinned symbol: very much)
     * @param distance {@code distance[i]} is the least distance between symbols i and i + 1
     */
    static double[] solve(double[] target, double[] weight, double[] distance) {
        int count = target.length;
        double[] offset = new double[count];
        for (int index = 1; index < count; index++) {
            offset[index] = offset[index - 1] + distance[index - 1];
        }
        double[] poolWeight = new double[count];
        double[] poolSum = new double[count];
        int[] poolStart = new int[count];
        int pools = 0;
        for (int index = 0; index < count; index++) {
            poolWeight[pools] = weight[index];
            poolSum[pools] = weight[index] * (target[index] - offset[index]);
            poolStart[pools] = index;
            pools++;
            while (pools > 1 && poolSum[pools - 2] / poolWeight[pools - 2] > poolSum[pools - 1] / poolWeight[pools - 1]) {
                poolWeight[pools - 2] += poolWeight[pools - 1];
                poolSum[pools - 2] += poolSum[pools - 1];
                pools--;
            }
        }
        double[] placed = new double[count];
        for (int pool = 0; pool < pools; pool++) {
            int end = pool + 1 < pools ? poolStart[pool + 1] : count;
            double level = poolSum[pool] / poolWeight[pool];
            for (int index = poolStart[pool]; index < end; index++) {
                placed[index] = level + offset[index];
            }
        }
        return placed;
    }
}
