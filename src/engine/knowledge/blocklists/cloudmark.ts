/**
 * Cloudmark Sender Intelligence (CSI), used by Comcast, Orange, Proofpoint and others. Reset
 * request: https://csi.cloudmark.com/reset-request/ (bounces print `?ip=<ip>`).
 */
import type { BlocklistTable } from "../types";

export const cloudmark: BlocklistTable = {
  id: "cloudmark",
  name: "Cloudmark Sender Intelligence",
  detect: ["cloudmark"],
  url: "https://csi.cloudmark.com/reset-request/?ip={ip}",
  urlWithoutIp: "https://csi.cloudmark.com/reset-request/",
  examples: [
    "550 5.7.1 Service unavailable; client [192.0.2.25] blocked using Cloudmark Sender Intelligence; see https://csi.cloudmark.com/reset-request/?ip=192.0.2.25",
  ],
};
