package org.datagora.harvest.http;

import java.math.BigInteger;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;

import org.datagora.harvest.protocol.HarvestException;

/**
 * Refuses URLs that would make the portal reach what the public must not reach through it (SSRF):
 * schemes other than http(s), and hosts that resolve to loopback, private, link-local, unique
 * local, carrier-grade NAT, multicast or unspecified addresses, unless allowed by configuration.
 * Every address of the host is checked. The HTTP client resolves the name again when it connects,
 * so a DNS answer that changes in between (rebinding) is not covered here.
 */
final class AddressGuard {

	private record Range(byte[] network, int bits) {

		boolean contains(byte[] address) {
			if (address.length != network.length) {
				return false;
			}
			BigInteger mask = BigInteger.ONE.shiftLeft(address.length * 8)
				.subtract(BigInteger.ONE.shiftLeft(address.length * 8 - bits));
			return new BigInteger(1, address).and(mask).equals(new BigInteger(1, network).and(mask));
		}
	}

	private static final List<Range> REFUSED = List.of(range("0.0.0.0/8"), range("100.64.0.0/10"),
			range("192.0.0.0/24"), range("198.18.0.0/15"), range("240.0.0.0/4"), range("fc00::/7"),
			range("64:ff9b::/96"));

	private final List<Range> allowed;

	AddressGuard(List<String> allowed) {
		this.allowed = allowed.stream().map(AddressGuard::range).toList();
	}

	void check(URI url) {
		String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("https")) {
			throw new HarvestException("Only http and https URLs can be harvested: " + url);
		}
		if (url.getHost() == null || url.getRawUserInfo() != null) {
			throw new HarvestException("Not a plain web address: " + url);
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(url.getHost());
		}
		catch (UnknownHostException e) {
			throw new HarvestException("Unknown host: " + url.getHost());
		}
		for (InetAddress address : addresses) {
			if (refused(address)) {
				throw new HarvestException("The address of " + url.getHost() + " (" + address.getHostAddress()
						+ ") is private, local or reserved: the harvester does not reach it unless the "
						+ "configuration allows it (datagora.harvest.allowed-addresses)");
			}
		}
	}

	private boolean refused(InetAddress address) {
		byte[] bytes = unmapped(address).getAddress();
		if (allowed.stream().anyMatch(range -> range.contains(bytes))) {
			return false;
		}
		InetAddress plain = unmapped(address);
		return plain.isLoopbackAddress() || plain.isSiteLocalAddress() || plain.isLinkLocalAddress()
				|| plain.isAnyLocalAddress() || plain.isMulticastAddress()
				|| REFUSED.stream().anyMatch(range -> range.contains(bytes));
	}

	/** ::ffff:10.0.0.1 is 10.0.0.1. */
	private static InetAddress unmapped(InetAddress address) {
		if (address instanceof Inet6Address) {
			byte[] b = address.getAddress();
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= b[i] == 0;
			}
			if (mapped && b[10] == (byte) 0xff && b[11] == (byte) 0xff) {
				try {
					return Inet4Address.getByAddress(new byte[] { b[12], b[13], b[14], b[15] });
				}
				catch (UnknownHostException e) {
					throw new IllegalStateException(e);
				}
			}
		}
		return address;
	}

	private static Range range(String cidr) {
		String[] parts = cidr.strip().split("/");
		try {
			byte[] network = InetAddress.getByName(parts[0]).getAddress();
			int bits = parts.length > 1 ? Integer.parseInt(parts[1]) : network.length * 8;
			return new Range(network, bits);
		}
		catch (UnknownHostException | NumberFormatException e) {
			throw new IllegalArgumentException("Not an address or CIDR range: " + cidr, e);
		}
	}
}
