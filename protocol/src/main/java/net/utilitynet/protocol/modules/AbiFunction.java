package net.utilitynet.protocol.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * One module function with its Ethereum ABI: canonical signature, 4-byte selector, calldata encoding for callers
 * (wallet, miner) and decoding for the node (devnet), plus return-data decoding for views. Web3j does the ABI work.
 */
public final class AbiFunction {
    private final String name;
    private final List<String> inputTypes;
    private final List<TypeReference<?>> inputs;
    private final List<TypeReference<?>> outputs;
    private final String signature;
    private final byte[] selector;

    /**
     * @param inputTypes  canonical Solidity types, comma-separated, e.g. {@code "bytes32,uint64,bytes"} ("" for none)
     * @param outputTypes the same for the return values
     */
    public AbiFunction(String name, String inputTypes, String outputTypes) {
        this.name = name;
        this.inputTypes = AbiTypes.split(inputTypes);
        this.inputs = AbiTypes.references(this.inputTypes, List.of());
        this.outputs = AbiTypes.references(AbiTypes.split(outputTypes), List.of());
        this.signature = name + "(" + String.join(",", this.inputTypes) + ")";
        this.selector = Arrays.copyOf(Hash.sha3(signature.getBytes(java.nio.charset.StandardCharsets.US_ASCII)), 4);
    }

    public String name() {
        return name;
    }

    /** Canonical signature, e.g. {@code heartbeat(bytes32,uint64,bytes)}. */
    public String signature() {
        return signature;
    }

    public byte[] selector() {
        return selector.clone();
    }

    public String selectorHex() {
        return Numeric.toHexString(selector);
    }

    /** Calldata for a call with {@code args} (Web3j ABI types, in declaration order). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    public byte[] encode(Type<?>... args) {
        if (args.length != inputs.size()) {
            throw new AbiException(signature + ": expected " + inputs.size() + " arguments but got " + args.length);
        }
        for (int i = 0; i < args.length; i++) {
            if (!inputTypes.get(i).equals(args[i].getTypeAsString())) {
                throw new AbiException(signature + ": argument " + i + " must be " + inputTypes.get(i)
                        + " but is " + args[i].getTypeAsString());
            }
        }
        List<Type> list = new ArrayList<>(Arrays.asList(args));
        return Numeric.hexStringToByteArray(FunctionEncoder.encode(new Function(name, list, List.of())));
    }

    /** Whether {@code calldata} starts with this function's selector. */
    public boolean matches(byte[] calldata) {
        return calldata != null && calldata.length >= 4 && Arrays.equals(calldata, 0, 4, selector, 0, 4);
    }

    /** The arguments of a call to this function. */
    public List<Type> decodeInputs(byte[] calldata) {
        if (!matches(calldata)) {
            throw new AbiException(signature + ": calldata does not start with selector " + selectorHex());
        }
        return decode(Numeric.toHexString(calldata, 4, calldata.length - 4, true), inputs, "arguments");
    }

    /** The return values of a view call ({@code eth_call} result). */
    public List<Type> decodeOutputs(byte[] returnData) {
        return decode(Numeric.toHexString(returnData), outputs, "return data");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<Type> decode(String hex, List<TypeReference<?>> types, String what) {
        List<Type> values;
        try {
            values = FunctionReturnDecoder.decode(hex, (List) types);
        } catch (RuntimeException e) {
            throw new AbiException(signature + ": malformed " + what + ": " + e.getMessage(), e);
        }
        if (values.size() != types.size()) {
            throw new AbiException(signature + ": malformed " + what + ": expected " + types.size() + " values but found "
                    + values.size());
        }
        return values;
    }

    /** The function among {@code functions} that {@code calldata} calls. */
    public static AbiFunction dispatch(List<AbiFunction> functions, byte[] calldata) {
        for (AbiFunction f : functions) {
            if (f.matches(calldata)) {
                return f;
            }
        }
        throw new AbiException("calldata selector " + (calldata == null || calldata.length < 4 ? "(missing)"
                : Numeric.toHexString(calldata, 0, 4, true)) + " matches no function of this module");
    }

    @Override
    public String toString() {
        return signature;
    }
}
