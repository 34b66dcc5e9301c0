// Interop check of a running devnet with ethers v6, unchanged Ethereum tooling (issue 4, Interop).
// Usage: NODE_PATH=~/.cache/utilitynet/node-tools/node_modules node interop.cjs RPC_URL [WS_URL]
// Prints "interop ok ..." and exits 0 when every check passes; otherwise prints the failure and exits 1.
'use strict';
const { ethers } = require('ethers');

const MNEMONIC = 'test test test test test test test test test test test junk';
const url = process.argv[2];
const wsUrl = process.argv[3];

function fail(message) {
  console.error('interop FAILED: ' + message);
  process.exit(1);
}

// A header quantity as RLP wants it: minimal big-endian bytes, 0 as the empty string.
function q(hex) {
  const v = BigInt(hex);
  return v === 0n ? '0x' : ethers.toBeHex(v);
}

function headerHash(b) {
  const fields = [b.parentHash, b.sha3Uncles, b.miner, b.stateRoot, b.transactionsRoot, b.receiptsRoot, b.logsBloom,
    q(b.difficulty), q(b.number), q(b.gasLimit), q(b.gasUsed), q(b.timestamp), b.extraData, b.mixHash, b.nonce,
    q(b.baseFeePerGas)];
  return ethers.keccak256(ethers.encodeRlp(fields));
}

async function main() {
  const provider = new ethers.JsonRpcProvider(url, undefined, { polling: true, pollingInterval: 100 });
  const network = await provider.getNetwork();
  if (network.chainId !== 21844n) fail('chain id ' + network.chainId + ', expected 21844');

  const sender = ethers.HDNodeWallet.fromPhrase(MNEMONIC, undefined, "m/44'/60'/0'/0/7").connect(provider);
  const recipient = ethers.Wallet.createRandom().address;
  const before = await provider.getBalance(sender.address);
  if (before !== ethers.parseEther('10000')) fail('dev account 7 holds ' + ethers.formatEther(before) + ' UNC, expected 10000');

  const value = ethers.parseEther('1.5');
  const tx = await sender.sendTransaction({ to: recipient, value, type: 2 });
  const receipt = await tx.wait(1, 60000);
  if (receipt === null || receipt.status !== 1) fail('transfer receipt status ' + (receipt && receipt.status));
  if ((await provider.getBalance(recipient)) !== value) fail('recipient balance differs from the value sent');
  const after = await provider.getBalance(sender.address);
  const paid = receipt.gasUsed * receipt.gasPrice;
  if (before - after !== value + paid) fail('sender paid ' + (before - after) + ' wei, expected ' + (value + paid));
  const mined = await provider.getTransaction(tx.hash);
  if (mined.blockHash !== receipt.blockHash) fail('getTransaction and the receipt disagree on the block');

  const head = await provider.getBlockNumber();
  for (let n = 0; n <= head; n++) {
    const raw = await provider.send('eth_getBlockByNumber', [ethers.toQuantity(n), false]);
    const computed = headerHash(raw);
    if (computed !== raw.hash) fail('block ' + n + ': keccak(rlp(header)) = ' + computed + ' but the node says ' + raw.hash);
    const parsed = await provider.getBlock(n);
    if (parsed.hash !== raw.hash) fail('block ' + n + ': ethers parsed a different hash');
    if (n > 0 && raw.parentHash !== (await provider.getBlock(n - 1)).hash) fail('block ' + n + ': parent link broken');
  }
  let pushed = '';
  if (wsUrl) {
    // newHeads over WebSocket: ethers subscribes with eth_subscribe and reports each new block number
    const ws = new ethers.WebSocketProvider(wsUrl);
    const number = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no newHeads within 30 s')), 30000);
      ws.once('block', (n) => { clearTimeout(timer); resolve(n); });
    });
    const block = await ws.getBlock(number);
    if (headerHash(await ws.send('eth_getBlockByNumber', [ethers.toQuantity(number), false])) !== block.hash) {
      fail('block ' + number + ' from the WebSocket has a hash that does not match its header');
    }
    await ws.destroy();
    pushed = ', newHeads pushed block ' + number;
  }
  console.log('interop ok: transfer ' + tx.hash + ' in block ' + receipt.blockNumber + ', ' + (head + 1) + ' block hashes recomputed' + pushed);
  provider.destroy();
}

main().catch((e) => fail(e && e.stack ? e.stack : String(e)));
